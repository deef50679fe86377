package org.targetboard.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.meeting.MeetingNotFoundException;

/**
 * Turns failures in page controllers into error pages that show neither exception
 * messages nor patient data. (The API has its own handling, {@link ApiProblemHandling},
 * which takes precedence for REST controllers.)
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(PageErrorHandling.class);

	@ExceptionHandler({ CaseNotFoundException.class, MeetingNotFoundException.class,
			org.targetboard.core.review.ReviewNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(ActionNotPermittedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

	// A request no form of ours produces (a parameter of the wrong type or missing, a
	// list
	// index beyond the limit, a body that cannot be read): a bad request, not a failure.
	@ExceptionHandler({ TypeMismatchException.class, ServletRequestBindingException.class,
			InvalidPropertyException.class, HttpMessageNotReadableException.class, MultipartException.class,
			MissingServletRequestPartException.class, ConversionFailedException.class })
	ModelAndView badRequest() {
		ModelAndView view = new ModelAndView("error/error");
		view.setStatus(HttpStatus.BAD_REQUEST);
		view.addObject("status", 400);
		return view;
	}

	// Catch-all so that the servlet container never logs or renders a message that might
	// quote patient data.
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception failure, Model model) {
		if (failure instanceof ErrorResponse response) {
			int status = response.getStatusCode().value();
			ModelAndView view = new ModelAndView((status == 404) ? "error/404" : "error/error");
			view.setStatus(response.getStatusCode());
			view.addObject("status", status);
			return view;
		}
		if (Incidents.clientGone(failure)) {
			log.debug("Client disconnected: {}", failure.getClass().getName());
			return new ModelAndView();
		}
		ModelAndView view = new ModelAndView("error/500");
		view.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		view.addObject("incident", Incidents.log(log, failure));
		return view;
	}

}
